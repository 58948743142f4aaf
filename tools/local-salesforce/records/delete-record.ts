import {
  findExistingRecord,
  insufficientAccess,
  type MissingStyle,
} from "@/tools/local-salesforce/records/find-existing-record";
import { formatDateTime } from "@/tools/local-salesforce/records/salesforce-datetime";
import { SfError } from "@/tools/local-salesforce/records/sf-error";
import type { WriteContext } from "@/tools/local-salesforce/records/write-context";
import type { ObjectDefinition } from "@/tools/local-salesforce/schema/object-definition";

/**
 * Deletes a record the user may edit, applying each child relationship's delete constraint:
 * master-detail and standard cascades (Account → Contacts, Opportunities) delete the children,
 * lookups with SetNull clear the reference, Restrict refuses. The package's lookups are SetNull, so
 * deleting a quote never deletes what the app writes beside it.
 */
export function deleteRecord(
  ctx: WriteContext,
  rawId: string,
  style: MissingStyle,
  expected?: ObjectDefinition,
): string {
  const { object, record } = findExistingRecord(ctx, rawId, style, expected);
  if (!object.deletable) {
    throw new SfError("INVALID_TYPE_FOR_OPERATION", `entity type cannot be deleted: ${object.name}`, { fields: [] });
  }
  if (!ctx.access.canEdit(object.name, record)) throw insufficientAccess();
  removeWithChildren(ctx, object, String(record.Id));
  ctx.access.forget();
  return String(record.Id);
}

function removeWithChildren(ctx: WriteContext, object: ObjectDefinition, id: string): void {
  const stamp = formatDateTime(ctx.now());
  for (const child of ctx.schema.childRelationships(object)) {
    const children = ctx.store.list(child.childObject.name).filter((record) => record[child.field.name] === id);
    if (children.length === 0) continue;
    if (child.restrictedDelete) {
      const names = children.map((record) => String(record.Name ?? record.Id)).join(", ");
      throw new SfError(
        "DELETE_FAILED",
        `Your attempt to delete ${String(ctx.store.get(object.name, id)?.Name ?? id)} could not be completed because it is associated with the following ${child.childObject.labelPlural}.: ${names}`,
        { fields: [] },
      );
    }
    for (const record of children) {
      if (child.cascadeDelete) {
        removeWithChildren(ctx, child.childObject, String(record.Id));
      } else {
        ctx.store.replace(child.childObject.name, { ...record, [child.field.name]: null, SystemModstamp: stamp });
      }
    }
  }
  const record = ctx.store.get(object.name, id);
  if (record) {
    ctx.store.remove(object.name, id, {
      ...record,
      IsDeleted: true,
      LastModifiedDate: stamp,
      LastModifiedById: ctx.user.id,
      SystemModstamp: stamp,
    });
  }
}

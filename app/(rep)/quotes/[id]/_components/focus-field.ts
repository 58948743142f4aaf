import { fieldId } from "./builder-form-context";

/**
 * Moves focus to the control of a form path, or to the nearest enclosing group that has one (a
 * problem at `phases.0.discounts.1.restrictToPrices.0` lands on the discount's "applies to" group).
 */
export function focusField(formPath: string): void {
  const segments = formPath.split(".");
  while (segments.length > 0) {
    const element = document.getElementById(fieldId(segments.join(".")));
    if (element) {
      element.scrollIntoView({ block: "center" });
      element.focus();
      return;
    }
    segments.pop();
  }
}

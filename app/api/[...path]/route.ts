import { ApiError } from "@/server/api/api-error";
import { errorResponse } from "@/server/api/error-response";
import { sequenceVersion } from "@/server/api/sequence-version";

/** Unknown API paths answer in the API's error shape rather than with the site's HTML 404 page. */
function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(
    new ApiError(404, "NotFound", "route_not_found", `There is no API endpoint ${request.method} ${pathname}.`),
    new Headers({ "Sequence-Version": sequenceVersion(request).version }),
  );
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };

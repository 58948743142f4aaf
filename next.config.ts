import type { NextConfig } from "next";

// Salesforce frames the app (Canvas, Lightning, Visualforce); nothing else may. The loopback origins
// are the local Salesforce org used in development and tests.
const frameAncestors = [
  "'self'",
  "https://*.lightning.force.com",
  "https://*.my.salesforce.com",
  "https://*.salesforce.com",
  "https://*.force.com",
  "https://*.visualforce.com",
  "https://*.my.site.com",
  "http://localhost:*",
  "http://127.0.0.1:*",
].join(" ");

const nextConfig: NextConfig = {
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: `frame-ancestors ${frameAncestors};` },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
        ],
      },
    ];
  },
};

export default nextConfig;

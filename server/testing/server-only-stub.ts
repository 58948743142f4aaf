// Stands in for the `server-only` package under Vitest, where server code is imported directly.
export {};

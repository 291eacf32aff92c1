// Until the applications console moves to applications/console/ (issue 18): it imports this path.
export * from "../../lib/remote";

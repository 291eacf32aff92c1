// Until the applications console moves to applications/console/ (issue 18): it imports this path.
export { DataTable } from "../../ui/DataTable";

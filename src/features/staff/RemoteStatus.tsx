// Until the applications console moves to applications/console/ (issue 18): it imports this path.
export { RemoteStatus } from "../../ui/RemoteStatus";

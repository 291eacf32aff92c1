export function EmptyState(props: { title: string; text: string }) {
  return (
    <div class="empty-state">
      <p class="empty-title">{props.title}</p>
      <p>{props.text}</p>
    </div>
  );
}

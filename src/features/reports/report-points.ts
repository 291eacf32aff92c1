// The residents' reports on a small map (../map/PointsMap.tsx): red while open, green once closed;
// the list beside the map says each status in words. The console colours by status (console/inbox-map.ts).
export const OPEN_COLOUR = "#b3261e";
export const CLOSED_COLOUR = "#2e7d32";

export const reportColour = (open: boolean) => (open ? OPEN_COLOUR : CLOSED_COLOUR);

/**
 * Runs `work` once the browser has painted the current frame, and returns a way to cancel it. Text
 * below the fold (the table, the detail panel) follows a change this way, so the views that answer
 * the reader paint first.
 */
export function afterNextPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(work)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

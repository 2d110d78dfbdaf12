import { DASHBOARD_FILE_PRELOAD, readDashboardFile } from '$lib/state/dashboard-file';
import type { ClientInit } from '@sveltejs/kit';

/** A dashboard page (its head preloads the dashboard's file) hydrates with the file read. */
export const init: ClientInit = async () => {
	const file = document.querySelector<HTMLLinkElement>(`link[${DASHBOARD_FILE_PRELOAD}]`);
	if (file) await readDashboardFile(file.href);
};

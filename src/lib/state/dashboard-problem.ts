import { t } from '../i18n/first-view';

/**
 * A notice at the top of the page that the dashboard's data could not load (see
 * dashboard-file.ts), with a retry: resolves when the reader asks to try again. Written outside
 * the element the app hydrates, so nothing of the page moves under it; styled in app.css.
 */
export function retried(problem: string): Promise<void> {
	return new Promise((done) => {
		const notice = document.createElement('p');
		const button = document.createElement('button');
		notice.role = 'alert';
		notice.textContent = `${t('dashboard_data_failed', { problem })} `;
		button.textContent = t('try_again');
		button.onclick = () => done(notice.remove());
		notice.append(button);
		document.body.prepend(notice);
	});
}

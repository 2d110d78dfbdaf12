/**
 * Unit tests render and describe views as the English pages do: with the English catalogue of the
 * first view's messages (see first-view.ts), which the server hook would otherwise provide.
 */
import en from '../../../messages/en.json';
import { setFirstViewSource } from './first-view';

setFirstViewSource(() => ({ locale: 'en', messages: en }));

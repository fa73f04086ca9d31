import type { LayoutLoad } from './$types';
import { parseLocale } from '../lib/i18n';

export const load = (({ url }) => ({ locale: parseLocale(url.searchParams.get('lang')) })) satisfies LayoutLoad;

import { m } from '$lib/paraglide/messages';
import { formatDate, formatDateTime, zoneAbbreviation } from '$lib/datetime';
import type { ConsultationStatus } from '$lib/server/acting/consultations';

export function statusLabel(status: ConsultationStatus): string {
	switch (status) {
		case 'open':
			return m.consultations_status_open();
		case 'scheduled':
			return m.consultations_status_scheduled();
		case 'done':
			return m.consultations_status_done();
		case 'withdrawn':
			return m.consultations_status_withdrawn();
	}
}

/** The day a request was asked, as the network's office sees it. */
export const askedOn = (iso: string, locale: string) => formatDate(new Date(iso), 'Europe/Warsaw', locale);

/** The meeting's start in its own zone, named. */
export const meetingTime = (iso: string, zone: string, locale: string) =>
	`${formatDateTime(new Date(iso), zone, locale)} ${zoneAbbreviation(new Date(iso), zone, locale)}`;

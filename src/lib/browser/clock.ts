/** This device's offset from UTC at `now`, in minutes (positive east of Greenwich). */
export function localOffset(now: number): number {
	return -new Date(now).getTimezoneOffset();
}

// Applies the learner's theme before the page paints, so a chosen theme never flashes the other.
try {
	var saved = JSON.parse(localStorage.getItem('factdeck:v1:settings') || 'null');
	var theme = saved && saved.data && saved.data.theme;
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Unreadable settings: the system theme applies, and the settings store reports the problem.
}

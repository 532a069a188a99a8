import '../src/define.js';

const status = document.getElementById('status');

async function probe(): Promise<void> {
  try {
    const response = await fetch('/api/v3/', { credentials: 'same-origin' });
    if (status) status.textContent = response.ok ? 'Reference server connected.' : `Reference server answered ${response.status}.`;
  } catch {
    if (status) status.textContent = 'The reference server is not reachable.';
  }
}
void probe();

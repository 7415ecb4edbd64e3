// Asks once before a final decision is recorded: an approval or a rejection cannot be undone by
// an officer. Without this script the form works the same, only without the question.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.confirm) return;
  const choice = form.querySelector('input[name="decision"]:checked');
  if (!choice || choice.value === 'request_info') return;
  const label = form.querySelector(`label[for="${choice.id}"]`);
  const question = form.dataset.confirm.replace(
    '{decision}',
    label ? label.textContent : choice.value,
  );
  if (!window.confirm(question)) event.preventDefault();
});

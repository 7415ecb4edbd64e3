/*
 * Switching language keeps the page: the page's form (the self-check, or the receipt's hidden copy
 * of what was submitted) is posted again in the other language. A checked form is checked again,
 * a form being typed is only kept, and a receipt is shown again — its idempotency key stores
 * nothing new. Without this script the switch is a plain link.
 */
(() => {
  const form = document.querySelector('form[data-keep-on-language-switch]');
  const link = document.querySelector('header.site a.lang');
  if (!form || !link) return;
  let typed = false;
  form.addEventListener('input', () => {
    typed = true;
  });
  link.addEventListener('click', (event) => {
    const submitted = form.dataset.submitted === 'true';
    if (!submitted && !typed) return;
    event.preventDefault();
    const lang = new URL(link.href, location.href).searchParams.get('lang') ?? '';
    const action = new URL(form.getAttribute('action') ?? '', location.href);
    action.search = `?lang=${encodeURIComponent(lang)}`;
    if (!submitted) {
      const keep = document.createElement('input');
      keep.type = 'hidden';
      keep.name = 'intent';
      keep.value = 'keep';
      form.append(keep);
      // Only typed, not checked: no result to scroll to.
      action.hash = '';
    }
    form.action = action.toString();
    form.submit();
  });
})();

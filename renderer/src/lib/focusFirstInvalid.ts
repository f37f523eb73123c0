/** After a rejected submit, move focus to the first field marked invalid so it is read out. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  window.requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  });
}

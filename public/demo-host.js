// The demo host's own script: listens to the widgets' events, as a host
// would to track progress or redirect after a submission.
const log = document.getElementById('hub-log');
const types = ['psf-apply:step', 'psf-apply:eligibility', 'psf-apply:submitted', 'psf-apply:failed'];
for (const type of types) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const { detail } = event;
    const summary =
      type === 'psf-apply:step' ? `${detail.step}${detail.stepNumber ? ` (${detail.stepNumber}/${detail.of})` : ''}`
      : type === 'psf-apply:eligibility' ? detail.verdict
      : type === 'psf-apply:submitted' ? detail.reference ?? 'no reference'
      : detail.reason;
    item.textContent = `#${event.target.id} ${type.replace('psf-apply:', '')}: ${summary}`;
    log?.prepend(item);
  });
}

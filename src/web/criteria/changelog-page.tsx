/** `/criteria/changelog`: the pack's CHANGELOG.md, as the policy owners wrote it. */
import type { Lang } from '../../screening/i18n.js';

export function changelogTitle(lang: Lang): string {
  return lang === 'vi' ? 'Nhật ký thay đổi của bộ tiêu chí' : 'Changelog of the criteria';
}

export function ChangelogPage(props: { packId: string; text: string; lang: Lang }) {
  const vi = props.lang === 'vi';
  return (
    <>
      <h1>{changelogTitle(props.lang)}</h1>
      <p>
        {vi ? 'Bộ tiêu chí' : 'Rule pack'} {props.packId}.{' '}
        {vi
          ? 'Mỗi mục ghi thời gian áp dụng, phần thay đổi và điều người dùng thấy; văn bản do người soạn bộ tiêu chí viết.'
          : 'Each entry gives the period it applies to, what changed and what users see; written by the pack’s authors.'}{' '}
        <a href="/criteria">{vi ? 'Về bộ tiêu chí' : 'Back to the criteria'}</a>
      </p>
      <pre class="changelog" lang="en">
        {props.text}
      </pre>
    </>
  );
}

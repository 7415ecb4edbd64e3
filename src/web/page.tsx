/** The page shell every page shares: header, navigation, language switch, main content, footer. */
import type { Child } from 'hono/jsx';
import type { Lang } from '../screening/i18n.js';
import { t } from './texts.js';

export type PageProps = {
  lang: Lang;
  title: string;
  /** The current path, to mark the navigation link. */
  path: string;
  /** The same page in the other language. */
  otherLangHref: string;
  children?: Child;
  /** Extra scripts (progressive enhancement only: every page works without them). */
  scripts?: string[];
};

const NAV: { href: string; key: 'home' | 'selfCheck' | 'criteria' | 'progress' | 'officer' }[] = [
  { href: '/', key: 'home' },
  { href: '/self-check', key: 'selfCheck' },
  { href: '/criteria', key: 'criteria' },
  { href: '/progress', key: 'progress' },
  { href: '/officer', key: 'officer' },
];

export function Page(props: PageProps) {
  const { lang } = props;
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('siteName', lang)}`}</title>
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="stylesheet" href="/assets/print.css" media="print" />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('skipToContent', lang)}
        </a>
        <header class="site">
          <a class="brand" href="/">
            {t('siteName', lang)}
          </a>
          <nav aria-label={lang === 'vi' ? 'Điều hướng chính' : 'Main navigation'}>
            <ul>
              {NAV.map((n) => (
                <li>
                  <a
                    href={n.href}
                    aria-current={isCurrent(props.path, n.href) ? 'page' : undefined}
                  >
                    {t(n.key, lang)}
                  </a>
                </li>
              ))}
              <li>
                <a href="/docs">{t('apiDocs', lang)}</a>
              </li>
            </ul>
          </nav>
          <a class="lang" href={props.otherLangHref} hreflang={other} lang={other}>
            {other === 'en' ? 'English' : 'Tiếng Việt'}
          </a>
        </header>
        <main id="main" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site">
          <p>{t('footer', lang)}</p>
        </footer>
        {(props.scripts ?? []).map((src) => (
          <script src={src} defer />
        ))}
      </body>
    </html>
  );
}

function isCurrent(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

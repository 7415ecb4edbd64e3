/** The bands, best first, with the score each needs and any criterion it also requires. */
import type { Lang } from '../../screening/i18n.js';
import type { PublishedPack } from '../../screening/publish-pack.js';
import { OUTCOME_LABELS } from '../screening-labels.js';

export function BandsTable({ pack, lang }: { pack: PublishedPack; lang: Lang }) {
  const vi = lang === 'vi';
  const titles = new Map(pack.criteria.map((c) => [c.id, c.title[lang]]));
  return (
    <div class="table-wrap">
      <table class="bands">
        <thead>
          <tr>
            <th scope="col">{vi ? 'Xếp loại' : 'Band'}</th>
            <th scope="col" class="num">
              {vi ? 'Điểm tối thiểu' : 'Minimum score'}
            </th>
            <th scope="col">{vi ? 'Điều kiện thêm' : 'Also requires'}</th>
            <th scope="col">{vi ? 'Ý nghĩa' : 'Meaning'}</th>
          </tr>
        </thead>
        <tbody>
          {pack.bands.map((b) => (
            <tr>
              <th scope="row">{b.label[lang]}</th>
              <td class="num">{b.minScore}</td>
              <td>
                {b.requiresAny.length === 0
                  ? '—'
                  : (vi ? 'Một trong: ' : 'One of: ') +
                    b.requiresAny
                      .map(
                        (r) =>
                          `${titles.get(r.criterion) ?? r.criterion} (${r.outcomes
                            .map((o) => OUTCOME_LABELS[o][lang].toLowerCase())
                            .join(vi ? ' hoặc ' : ' or ')})`,
                      )
                      .join('; ')}
              </td>
              <td>{b.description[lang]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{pack.ineligibleBand.label[lang]}</th>
            <td class="num">—</td>
            <td>{vi ? 'Không đạt một điều kiện bắt buộc' : 'Fails a gate'}</td>
            <td>{pack.ineligibleBand.description[lang]}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

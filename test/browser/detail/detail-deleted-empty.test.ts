/**
 * A model_deleted event whose recorded state is empty (`model_state: {}`): the "State when
 * deleted" section says so in words instead of a Field | Value table with headers and no rows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { EvDetail } from '../../../src/components/detail/detail.js';
import { detailEvent } from '../../fixtures/detail-events.js';
import { $$, changeRows, section, text } from './helpers.js';

const MODEL = { pk: '17', app: 'authentik_core', model_name: 'token', name: 'ci-deploy-token' };
const emptyDeleted = () => detailEvent('model_deleted', { model: MODEL, model_state: {} });

describe('<ev-detail> deleted object with no recorded fields', () => {
  it('says "no fields" instead of an empty Field | Value table', async () => {
    const el = await fixture<EvDetail>(html`<ev-detail theme="light" .event=${emptyDeleted()}></ev-detail>`);
    await el.updateComplete;
    const changes = section(el, 'State when deleted');
    expect(changes === null, 'section found').to.equal(false);
    expect(changes!.querySelector('table') === null, 'no table').to.equal(true);
    expect($$(el, '.changes thead th')).to.have.length(0);
    expect(changeRows(el)).to.deep.equal([]);
    expect(text(changes)).to.equal('State when deleted No fields were recorded for the deleted object.');
    await expect(el).to.be.accessible();
  });

  it('the note is a replaceable string', async () => {
    const el = await fixture<EvDetail>(
      html`<ev-detail theme="light" .strings=${{ detail: { noDeletedFields: 'Keine Felder aufgezeichnet.' } }} .event=${emptyDeleted()}></ev-detail>`,
    );
    await el.updateComplete;
    expect(text(section(el, 'State when deleted'))).to.contain('Keine Felder aufgezeichnet.');
  });
});

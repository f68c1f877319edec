import type { FrameworkDocument } from '@lederloeft/contracts';
import { IKAST_BRANDE_FRAMEWORK, validateFrameworkDocument } from '@lederloeft/domain';
import {
  type DraftForm,
  applyKeys,
  canonicalJson,
  draftForm,
  fieldAt,
  fieldsOf,
  moveItem,
  newItemForm,
  newKeys,
  toDocument,
} from './draft-form';

function copy(): FrameworkDocument {
  return JSON.parse(JSON.stringify(IKAST_BRANDE_FRAMEWORK)) as FrameworkDocument;
}

function competency(form: DraftForm, key: string) {
  const found = form.controls.competencies.controls.find((c) => c.controls.key.value === key);
  if (!found) throw new Error(`No competency ${key}`);
  return found;
}

describe('draft form', () => {
  it('gives back the document it was made from', () => {
    const doc = { ...copy(), editionLabel: '2027' };
    expect(canonicalJson(toDocument(draftForm(doc), doc))).toBe(canonicalJson(doc));
  });

  it('writes the edited texts trimmed and leaves a blank edition label out', () => {
    const doc = { ...copy(), editionLabel: '2026' };
    const form = draftForm(doc);
    const paaTvaers = competency(form, 'paa-tvaers');
    paaTvaers.controls.frame.at(1).controls.text.controls.da.setValue('  Ny tekst om samarbejde. ');
    form.controls.values.at(0).controls.name.controls.en.setValue('Dialogue ');
    form.controls.editionLabel.setValue('   ');

    const result = toDocument(form, doc);
    expect(result.editionLabel).toBeUndefined();
    expect('editionLabel' in result).toBe(false);
    const behaviour = result.competencies[2].behaviours[1];
    expect(behaviour.key).toBe(doc.competencies[2].behaviours[1].key);
    expect(behaviour.text).toEqual({
      da: 'Ny tekst om samarbejde.',
      en: doc.competencies[2].behaviours[1].text.en,
    });
    expect(result.values[0].name.en).toBe('Dialogue');
    // Everything the editor does not show goes back unchanged.
    expect(result.purpose).toEqual(doc.purpose);
    expect(result.owner).toBe(doc.owner);
  });

  it('requires the texts the domain requires, and lets the optional ones be blank', () => {
    const form = draftForm(copy());
    const hedekraft = competency(form, 'hedekraft');
    hedekraft.controls.summary.controls.en.setValue('   ');
    hedekraft.controls.because.controls.da.setValue('');
    hedekraft.controls.frameIntro.controls.en.setValue('');
    hedekraft.controls.personal.at(0).controls.text.controls.da.setValue('');

    expect(hedekraft.controls.summary.controls.en.hasError('required')).toBe(true);
    expect(hedekraft.controls.because.valid).toBe(true);
    expect(hedekraft.controls.frameIntro.valid).toBe(true);
    expect(hedekraft.controls.personal.at(0).invalid).toBe(true);
    hedekraft.controls.title.controls.da.setValue('x'.repeat(301));
    expect(hedekraft.controls.title.controls.da.hasError('maxlength')).toBe(true);
    expect(
      fieldsOf(form)
        .filter((f) => f.control.invalid)
        .map((f) => f.path),
    ).toEqual([
      'competencies[3].title.da',
      'competencies[3].summary.en',
      'competencies[3].behaviours[5].text.da',
    ]);
  });

  it('gives a new behaviour a key from its Danish text, after the group it was added to', () => {
    const doc = copy();
    const form = draftForm(doc);
    const handlekraft = competency(form, 'handlekraft');
    const added = newItemForm();
    handlekraft.controls.frame.push(added);
    added.controls.text.setValue({ da: 'Give medarbejderne råderum', en: 'Give employees room' });
    const twin = newItemForm();
    handlekraft.controls.personal.push(twin);
    twin.controls.text.setValue({ da: 'Give medarbejderne råderum', en: 'Same again' });

    const keys = newKeys(form);
    const result = toDocument(form, doc, keys);
    const behaviours = result.competencies[0].behaviours;
    expect(behaviours.map((b) => b.group)).toEqual([
      ...Array(6).fill('frame'),
      ...Array(4).fill('personal'),
    ]);
    expect(behaviours[5]).toEqual({
      key: 'handlekraft.give-medarbejderne-raaderum',
      group: 'frame',
      text: { da: 'Give medarbejderne råderum', en: 'Give employees room' },
    });
    expect(behaviours[9].key).toBe('handlekraft.give-medarbejderne-raaderum-2');
    expect(validateFrameworkDocument(result)).toEqual([]);

    // Once saved, the key stays when the text is reworded.
    applyKeys(keys);
    added.controls.text.controls.da.setValue('Noget helt andet');
    expect(toDocument(form, doc).competencies[0].behaviours[5].key).toBe(
      'handlekraft.give-medarbejderne-raaderum',
    );
  });

  it('moves an item within its list, and not past either end', () => {
    const doc = copy();
    const form = draftForm(doc);
    const frame = competency(form, 'borgerne-i-centrum').controls.frame;
    const keysOf = () => frame.controls.map((c) => c.controls.key.value);
    const before = keysOf();

    moveItem(frame, 2, -1);
    expect(keysOf()).toEqual([before[0], before[2], before[1], before[3], before[4]]);
    moveItem(frame, 0, -1);
    moveItem(frame, 4, 1);
    expect(keysOf()).toEqual([before[0], before[2], before[1], before[3], before[4]]);
    expect(toDocument(form, doc).competencies[1].behaviours[1].key).toBe(before[2]);
  });

  it('finds the field a problem belongs to, from the paths the API and the domain use', () => {
    const form = draftForm(copy());
    const fields = fieldsOf(form);
    const at = (path: string) => fieldAt(fields, path)?.path ?? null;
    const borgerne = competency(form, 'borgerne-i-centrum');

    // The personal behaviours come after the five frame behaviours in the document.
    const personalFirst = fields.find(
      (f) => f.control === borgerne.controls.personal.at(0).controls.text.controls.en,
    );
    expect(personalFirst?.path).toBe('competencies[1].behaviours[5].text.en');
    expect(personalFirst?.place).toEqual({
      area: 'item',
      owner: 'borgerne-i-centrum',
      list: 'personal',
      n: 1,
      lang: 'en',
    });

    expect(at('competencies[1].behaviours[5].text.en')).toBe(
      'competencies[1].behaviours[5].text.en',
    );
    expect(at('competencies[0].title')).toBe('competencies[0].title.da');
    expect(at('competencies[1].behaviours[2].key')).toBe('competencies[1].behaviours[2].text.da');
    expect(at('competencies[1].behaviours')).toBe('competencies[1].behaviours[0].text.da');
    expect(at('editionLabel')).toBe('editionLabel');
    expect(at('values[3].description.en')).toBe('values[3].description.en');
    expect(at('owner')).toBeNull();
    expect(at('purpose[0].da')).toBeNull();
  });
});

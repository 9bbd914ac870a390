import { describe, expect, it } from 'vitest';
import { cleanByline, isPublisher } from '../../src/engine/byline';

describe('cleanByline', () => {
  it('drops the prefix a byline carries, with or without a colon', () => {
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('By: Drew Dietsch')).toBe('Drew Dietsch');
    expect(cleanByline('Erstellt von Andri Bryner')).toBe('Andri Bryner');
    expect(cleanByline('vom Support Team')).toBe('Support Team');
  });

  it('drops what follows the name: an outlet after a separator, a date, a handle, a reading time', () => {
    expect(cleanByline('Pete Evans · Northern Broadcast News · Posted: Oct 14, 2022')).toBe('Pete Evans');
    expect(cleanByline('GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('Lucas Nolan 22 Dec 2016')).toBe('Lucas Nolan');
    expect(cleanByline('Grant Brisbee @GrantBrisbee')).toBe('Grant Brisbee');
    expect(cleanByline('By Zach Hanlon 5 minute Read')).toBe('Zach Hanlon');
  });

  it("keeps names with digits and initials as written, and refuses a URL or a CMS's placeholder", () => {
    expect(cleanByline('Nicholas A. Christakis')).toBe('Nicholas A. Christakis');
    expect(cleanByline('https://example.com/author/jane')).toBeNull();
    expect(cleanByline('No Author')).toBeNull();
    expect(cleanByline('By Unknown')).toBeNull();
  });
});

describe('isPublisher', () => {
  it('knows the site by its declared name, its host and its host’s first label', () => {
    expect(isPublisher('Badische Zeitung', ['Badische Zeitung'], 'https://www.badische-zeitung.de/x')).toBe(true);
    expect(isPublisher('ORF.at', [null], 'https://orf.at/stories/1/')).toBe(true);
    expect(isPublisher('El Colombiano', [null], 'https://www.elcolombiano.com/antioquia/x')).toBe(true);
    expect(isPublisher("L'Opinion", [null], 'https://www.lopinion.fr/x')).toBe(true);
  });

  it('does not take a person for the publisher', () => {
    expect(isPublisher('Lisa Petrich', ['Badische Zeitung'], 'https://www.badische-zeitung.de/x')).toBe(false);
    expect(isPublisher('Jane Doe', [null], 'not a url')).toBe(false);
  });
});

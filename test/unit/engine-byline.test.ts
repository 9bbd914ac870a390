import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { authorInMarkup, cleanByline, givenNameFirst, isPublisher } from '../../src/engine/byline';

describe('cleanByline', () => {
  it('drops the prefix a byline carries, with or without a colon', () => {
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('By: Drew Dietsch')).toBe('Drew Dietsch');
    expect(cleanByline('Erstellt von Andri Bryner')).toBe('Andri Bryner');
    expect(cleanByline('vom Support Team')).toBe('Support Team');
  });

  it("drops an author's label, its colon spaced or not", () => {
    expect(cleanByline('Auteur : Kossivi Tiassou')).toBe('Kossivi Tiassou');
    expect(cleanByline('Written by: Julie Mollins')).toBe('Julie Mollins');
    expect(cleanByline('Autorin: Jana Weber')).toBe('Jana Weber');
    expect(cleanByline('Authority figures')).toBe('Authority figures');
    expect(cleanByline('Autor: mgorska. Data publikacji Pią, 2011-06-03 14:20')).toBe('mgorska');
  });

  it('drops what follows the name: an outlet after a separator, a date, a handle, a reading time', () => {
    expect(cleanByline('Pete Evans · Northern Broadcast News · Posted: Oct 14, 2022')).toBe('Pete Evans');
    expect(cleanByline('GILLIAN MOHNEY March 11, 2015 3:46 PM')).toBe('GILLIAN MOHNEY');
    expect(cleanByline('Lucas Nolan 22 Dec 2016')).toBe('Lucas Nolan');
    expect(cleanByline('Grant Brisbee @GrantBrisbee')).toBe('Grant Brisbee');
    expect(cleanByline('By Zach Hanlon 5 minute Read')).toBe('Zach Hanlon');
    expect(cleanByline('ZDNet Japan Staff 2019年04月28日 08時00分')).toBe('ZDNet Japan Staff');
  });

  it('drops a separator the markup left after the last name', () => {
    expect(cleanByline('Bill MCCARTHY, ')).toBe('Bill MCCARTHY');
    expect(cleanByline('NH. Shear, SP. Spielberg,')).toBe('NH. Shear, SP. Spielberg');
    expect(cleanByline('Redaktion;')).toBe('Redaktion');
    expect(cleanByline('jane.doe@example.org Jane Doe')).toBe('Jane Doe');
  });

  it("drops a writer's initials in brackets, not other brackets (co-authors, a handle, a nickname)", () => {
    expect(cleanByline('Elena Oberholzer (obe), Oliver Maksan (oma), Corina Gall (cog.)')).toBe('Elena Oberholzer, Oliver Maksan, Corina Gall');
    expect(cleanByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toBe('Martin Untersinger (avec Damien Leloup et Morgane Tual)');
    expect(cleanByline('史蒂文的家_藍天 (stevenhgm)')).toBe('史蒂文的家_藍天 (stevenhgm)');
    expect(cleanByline('Richard (R.J.) Eskow')).toBe('Richard (R.J.) Eskow');
  });

  it('drops a time ago, a dash before what follows, an ordinal date and the day it was written', () => {
    expect(cleanByline('HAMZA HENDAWI – 18 hours ago')).toBe('HAMZA HENDAWI');
    expect(cleanByline('RYAN J. FOLEY 2 hours ago')).toBe('RYAN J. FOLEY');
    expect(cleanByline('Aleš Vávra před 2 hodinami')).toBe('Aleš Vávra');
    expect(cleanByline('Jake Tucker March 2nd 2017 at 12:19AM')).toBe('Jake Tucker');
    expect(cleanByline('Jacek Cieślak 04-01-2012, ostatnia aktualizacja 04-01-2012 08:02')).toBe('Jacek Cieślak');
    expect(cleanByline('Eileen Goodwin on Tue, 17 Jan 2012')).toBe('Eileen Goodwin');
    expect(cleanByline('Glen Owen And Brendan Carlin For The Mail On Sunday')).toBe('Glen Owen And Brendan Carlin For The Mail On Sunday');
  });

  it("keeps names with digits and initials as written, and refuses a URL, a CMS's placeholder or a number", () => {
    expect(cleanByline('Nicholas A. Christakis')).toBe('Nicholas A. Christakis');
    expect(cleanByline('https://example.com/author/jane')).toBeNull();
    expect(cleanByline('a.sleegers@boersen-zeitung.de')).toBeNull();
    expect(cleanByline('Jane Doe jane.doe@example.org')).toBe('Jane Doe');
    expect(cleanByline('No Author')).toBeNull();
    expect(cleanByline('By Unknown')).toBeNull();
    expect(cleanByline('105092')).toBeNull();
  });

  it('reads a byline the markup holds twice once, without what follows the second copy', () => {
    expect(cleanByline('By JEANNINE AVERSA, AP Economics Writer Jeannine Aversa, Ap Economics Writer')).toBe('JEANNINE AVERSA, AP Economics Writer');
    expect(cleanByline('Ellyn Shook Ellyn Shook Creating the most truly human company in the digital age.')).toBe('Ellyn Shook');
    expect(cleanByline('Mary Mary Quite')).toBe('Mary Mary Quite');
  });

  it("refuses the site's credits written as its author, and keeps a name beside a role's word", () => {
    expect(cleanByline('Web architecture: Volkova Dasha, Design: Maxim Tkachuk. Programming: Ivan Eidemiller.')).toBeNull();
    expect(cleanByline('Даниил Кислов - идея, дизайн, контент, программирование - Alex Shatlovsky')).toBeNull();
    expect(cleanByline('Mara Lind, Design Editor')).toBe('Mara Lind, Design Editor');
  });
});

describe('isPublisher', () => {
  it('knows the site by its declared name, its host and its host’s first label', () => {
    expect(isPublisher('Badische Zeitung', ['Badische Zeitung'], 'https://www.badische-zeitung.de/x')).toBe(true);
    expect(isPublisher('ORF.at', [null], 'https://orf.at/stories/1/')).toBe(true);
    expect(isPublisher('El Colombiano', [null], 'https://www.elcolombiano.com/antioquia/x')).toBe(true);
    expect(isPublisher("L'Opinion", [null], 'https://www.lopinion.fr/x')).toBe(true);
  });

  it('knows the holder its copyright notice names, by a name long enough not to match by chance', () => {
    expect(isPublisher('Condé Nast', [null], 'https://www.newyorker.com/x', 'Copyright (c) Condé Nast 2022')).toBe(true);
    expect(isPublisher('AP', [null], 'https://news.example/x', '© Apple Daily 2020')).toBe(false);
    expect(isPublisher('Jane Doe', [null], 'https://news.example/x', '© 2022 Example News')).toBe(false);
  });

  it('does not take a person for the publisher', () => {
    expect(isPublisher('Lisa Petrich', ['Badische Zeitung'], 'https://www.badische-zeitung.de/x')).toBe(false);
    expect(isPublisher('Jane Doe', [null], 'not a url')).toBe(false);
  });
});

describe('givenNameFirst', () => {
  it('reads a name written surname first as it is said, and leaves other values alone', () => {
    expect(givenNameFirst('Brazil, Rachel')).toBe('Rachel Brazil');
    expect(givenNameFirst('Gillman, Steve R.')).toBe('Steve R. Gillman');
    expect(givenNameFirst('Kooman, F.')).toBe('F. Kooman');
    expect(givenNameFirst('Jane Doe')).toBe('Jane Doe');
    expect(givenNameFirst('Jane Doe, John Roe')).toBe('Jane Doe, John Roe');
    expect(givenNameFirst('Samya Kullab, Vasilisa Stepanenko')).toBe('Samya Kullab, Vasilisa Stepanenko');
  });
});

describe('authorInMarkup', () => {
  const bylineOf = (html: string): string | null => authorInMarkup(parseHTML(`<!doctype html><html><body><main>${html}</main></body></html>`).document.querySelector('main')!);

  it('reads co-authors as the page joins them, spacing words the markup glued to a name', () => {
    expect(bylineOf('<div><a rel="author" href="/p/a">Julia Carrie Wong</a> and <a rel="author" href="/p/b">Sam Levin</a></div>')).toBe('Julia Carrie Wong and Sam Levin');
    expect(bylineOf('<p class="byline">By <a href="/author/a">Enjoli Francis</a>, <a href="/author/b">Rachel Katz</a> and<a href="/author/c">Katherine Carroll</a></p>')).toBe('Enjoli Francis, Rachel Katz and Katherine Carroll');
    expect(bylineOf('<p class="byline"><a href="/autor/a">Anna Martel</a> und <a href="/autor/b">Lea Wagner</a></p>')).toBe('Anna Martel und Lea Wagner');
  });

  it('joins author links with commas where more than joining words stands between them', () => {
    expect(bylineOf('<p class="byline"><a href="/author/a">Ana Ruiz</a> in Lisbon, <a href="/author/b">Tom Weller</a></p>')).toBe('Ana Ruiz, Tom Weller');
    // A lone author link beside other links of its parent names one author.
    expect(bylineOf('<div><a rel="author" href="/p/a">Ana Ruiz</a> <a href="/city">City</a></div>')).toBe('Ana Ruiz');
  });

  it("leaves out what sits beside the name: action links, a hidden tooltip, brackets they leave empty", () => {
    expect(bylineOf('<cite>By <span>Alasdair Wilkins</span> <ul><li><a rel="author" href="/people/aw/">View Profile</a></li><li><a href="mailto:aw@io9.example">Email</a></li><li><a href="/author/aw.xml">Rss</a></li></ul></cite>')).toBe('Alasdair Wilkins');
    expect(bylineOf('<div class="author_information"><span class="name">Ελευθερία Κόλλια</span> <a href="feed/editors/?edid=997"><em>RSS</em></a><div style="display:none">Όλα τα άρθρα του συντάκτη σε RSS</div></div>')).toBe('Ελευθερία Κόλλια');
    expect(bylineOf('<p class="byline">By Edward M. Gomez (<a href="mailto:eg@sfgate.example">Email</a>)</p>')).toBe('Edward M. Gomez');
  });
});

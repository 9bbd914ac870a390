import { describe, expect, it } from 'vitest';
import { shapeOfUrl } from '../../src/engine/detect';
import { urlShape } from '../../src/engine/url-shape';

describe('shapeOfUrl', () => {
  it('reads the home page and a first-level section as such', () => {
    expect(shapeOfUrl('https://example.org/')).toBe('section');
    expect(shapeOfUrl('https://example.org/sport/')).toBe('section');
    expect(shapeOfUrl('https://example.org/sport?page=2')).toBe('section');
  });

  it('does not call a page its query picks by number a section', () => {
    expect(shapeOfUrl('https://www.presstv.example/detail.aspx?id=36764&sectionid=351020202')).toBeNull();
    expect(shapeOfUrl('https://blog.example/?p=412')).toBeNull();
    expect(shapeOfUrl('https://blog.example/index.php?p=412&lang=en')).toBeNull();
    expect(shapeOfUrl('https://sports.example/default.asp?c=sports&page=/nhl/news/ADN4123441.htm')).toBeNull();
  });

  it('reads a story filed below a listing by its last segment, not a listing named right above it', () => {
    expect(shapeOfUrl('https://example.org/archive/2008/01/06/leafs-notebook-coach-returns')).toBe('story');
    expect(shapeOfUrl('https://example.org/themen/energie/umfrage-zur-strompreisbremse-und-oekostrom')).toBe('story');
    expect(shapeOfUrl('https://example.org/tag/a-long-tag-name-here')).toBe('listing');
    expect(shapeOfUrl('https://example.org/collections/shop/products/organic-coffee-beans-from-sidamo')).toBe('listing');
    expect(shapeOfUrl('https://example.org/author/jane/posts-about-the-harbour-ferries')).toBe('listing');
  });

  it('reads a page file named as a story, its query picking one, as a story wherever it is filed', () => {
    expect(shapeOfUrl('https://www.canada.example/topics/sports/story.html?id=ee4ea2e7-a1ec-4154-b69f-7d9ebb06b0be&k=5')).toBe('story');
    expect(shapeOfUrl('https://www.gulf-times.example/site/topics/article.asp?cu_no=2&item_no=193311&version=1')).toBe('story');
    expect(shapeOfUrl('https://www.sciam.example/article.cfm?id=digital-album-packaging-s')).toBe('story');
    expect(shapeOfUrl('https://www.standard.example/common/storypage_c.php?leftnm=10&autono=31013')).toBe('story');
    // Without a query, or with one that picks nothing ("?p=2"), the name alone says nothing.
    expect(shapeOfUrl('https://example.org/topics/article.php?p=2')).toBe('listing');
    expect(shapeOfUrl('https://example.org/story.html')).toBe('section');
  });

  it('reads story and listing paths', () => {
    expect(shapeOfUrl('https://example.org/2024/03/05/harbour-ferries-return')).toBe('story');
    expect(shapeOfUrl('https://example.org/news/ferries-return-after-the-storm')).toBe('story');
    expect(shapeOfUrl('https://example.org/tag/ferries')).toBe('listing');
  });
});

describe('urlShape', () => {
  it('reads a dated path (/yyyy/mm/) however its slashes are written', () => {
    expect(urlShape('https://blog.example/2016/12/a-post')?.dated).toBe(true);
    expect(urlShape('https://blog.example/2016/12/')?.dated).toBe(true);
    expect(urlShape('https://blog.example/2016/12')?.dated).toBe(true);
    expect(urlShape('https://blog.example//2016//12//a-post')?.dated).toBe(true);
    expect(urlShape('https://blog.example/2016/123/a-post')?.dated).toBe(false);
    expect(urlShape('https://blog.example/id/20161201/a-post')?.dated).toBe(false);
  });

  it('reads digits in the query only when there is one', () => {
    expect(urlShape('https://news.example/detail.aspx?id=36764')?.queryIdDigits).toBe(5);
    expect(urlShape('https://news.example/story.php?id=ee4ea2e7-1234')).toMatchObject({ queryIdDigits: 4, storyPage: true });
    expect(urlShape('https://news.example/a-long-story-slug-here')).toMatchObject({ queryIdDigits: 0, storyPage: false, slugWords: 5 });
  });
});

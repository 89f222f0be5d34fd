import sitemap from '../app/sitemap';

// Run in the shared fixture build's copy after its preview build: the URLs its sitemap would list in production.
console.log(JSON.stringify(sitemap().map((entry) => entry.url)));

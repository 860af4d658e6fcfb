// Sample articles for the demo, invented by the fintone team (no real companies or events).

/** @type {{title: string, text: string}[]} */
export const samples = [
  {
    title: "Acme Robotics beats estimates",
    text: `Acme Robotics beats estimates, raises full-year guidance

SAN FRANCISCO, Nov 3 (Wire) - Acme Robotics Inc. (NASDAQ: AKRB) reported third-quarter revenue that rose 28% year over year to $1.2 billion, beating analysts' estimates, as demand for its warehouse robots stayed strong.

Net losses narrowed to $45 million from $130 million a year earlier, while gross margin expanded by 240 basis points to 41.5%. Operating costs fell 6%.

The company raised its full-year revenue forecast to between $4.6 billion and $4.8 billion. However, it warned that higher component costs could weigh on margins in the first half of 2027.

"We did not expect demand to hold up this well," the chief executive said. Shares rose 9% in after-hours trading.`,
  },
  {
    title: "Northwind Freight cuts outlook",
    text: `Northwind Freight cuts outlook as volumes slump

CHICAGO (Wire) - Northwind Freight Corp. (NYSE: NWFT) warned on Tuesday that full-year profit would fall well short of expectations after shipping volumes dropped 14% in the second quarter.

Revenue declined 9% to $2.3 billion, and operating margin shrank by 310 basis points to 6.2%. The company suspended its share buyback and said it would cut about 1,200 jobs.

Analysts called the guidance cut disappointing. The stock plunged 17% in early trading, its worst day since 2020.`,
  },
  {
    title: "Mixed quarter at a lender",
    text: `Harbor Bank posts mixed quarter

NEW YORK (Wire) - Harbor Bank said net interest income rose 4% to EUR 880 million in the third quarter, but loan-loss provisions more than doubled to EUR 210 million.

Fee income was flat. The bank kept its dividend unchanged at 0.45 per share and said it was not worried about credit quality. 📉 Shares slipped 2%.`,
  },
];

/**
 * The invented companies of the samples, as a custom universe for the demo's widget (its
 * `options.universe`): their symbols are not in the built-in SEC table, so without this the
 * tickers table would stay empty for them. Portals pass their own coverage lists the same way.
 * @type {{symbol: string, name: string, aliases?: string[]}[]}
 */
export const demoUniverse = [
  { symbol: "AKRB", name: "Acme Robotics Inc.", aliases: ["Acme Robotics"] },
  { symbol: "NWFT", name: "Northwind Freight Corp.", aliases: ["Northwind Freight", "Northwind"] },
  { symbol: "HRBK", name: "Harbor Bank" },
];

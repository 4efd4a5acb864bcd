// Articles for the end-to-end tests. Fictional; written for Nutshell's tests.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared example article (not in the repository): tests that need it skip without it. */
export const AWS_ARTICLE =
  process.env.AWS_ARTICLE || fileURLToPath(new URL('../../shared/data/examples/aws-layoffs.txt', import.meta.url));
export const NO_AWS_ARTICLE = existsSync(AWS_ARTICLE) ? false : `${AWS_ARTICLE} is not on this machine`;

/** A news article with money, percentages, quantities, dates and names. */
export const ARTICLE = `Northwind Rail to cut 1,200 jobs as ticket sales slump

Northwind Rail said on Thursday that it will cut 1,200 jobs over the next 18 months after ticket sales fell 14% in the first half of the year.

The operator, which runs trains across the northern provinces, reported a loss of $86 million for the six months to June 30, compared with a profit of $12 million a year earlier. Chief executive Dana Okafor blamed the slump on a long strike in the spring and on cheaper coach services.

The cuts will fall mostly on ticket offices and maintenance depots. About 300 of the jobs will go at the depot in Easterby, the town's largest employer.

Unions reacted angrily. Marcus Bell, general secretary of the Rail Workers Union, said members would vote on strike action before September 15. "Passengers will pay for this with dirtier trains and emptier stations," he said.

Northwind also plans to spend $450 million on new trains by 2028, and it expects the savings from the job cuts to reach $95 million a year. Shares in the company rose 3.5% in early trading.

Analysts at Harlow Securities said the plan was overdue. They noted that staff costs take up 41% of the operator's revenue, well above the industry average.

The transport ministry said it would review the plan. A spokesperson added that service levels on rural lines must not fall.

Northwind will publish its full-year results in February.`;

/** Text that looks like markup; the page must show it as text and run none of it. */
export const MARKUP = `Researchers found <img src=x onerror="window.__pwned = 'img'"> in the comment field of the form.
The attack also tried <script>window.__pwned = 'script'</script> inside a quoted reply.
A third payload, <svg onload="window.__pwned = 'svg'"></svg>, was hidden in a profile name.
All three were reported to the vendor on Monday and fixed within 48 hours.`;

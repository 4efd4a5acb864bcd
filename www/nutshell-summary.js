// The one file a page includes to get the widget:
//   <script type="module" src="https://assets.example/nutshell/nutshell-summary.js"></script>
//   <nutshell-summary for="story"></nutshell-summary>
// It only registers <nutshell-summary>, and does nothing if that name is taken already (say,
// by a second copy of this script).

import { NutshellSummaryElement } from './nutshell-summary-element.js';

if (!customElements.get('nutshell-summary')) NutshellSummaryElement.define();

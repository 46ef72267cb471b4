/**
 * html-validate's rules for the built pages, used by scripts/check-site.ts and
 * found by html-validate's own command line and editor integrations. A module
 * rather than .htmlvalidate.json, because html-validate reads JSON without
 * comments and each rule turned off here must say why.
 */
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // The pages are generated: Astro copies the indentation of its templates
    // into them, and compressHTML stays off (astro.config.ts) so the search
    // excerpts keep the spaces between words. Trailing spaces there are
    // nothing a reader or an editor sees or can fix in a page.
    'no-trailing-whitespace': 'off',
    // A search-engine recommendation, not a rule of HTML or of accessibility:
    // a page title names the case in full ("authors v. Kazakhstan") and then the
    // portal, in Kazakh and Russian too, so that a screen reader announces which
    // case it is; cutting it to 70 characters would cut authors' names.
    'long-title': 'off',
    // The lists' tables say their roles on every element (src/components/DecisionTable.astro):
    // their phone and wide-screen layouts change the table's display, after which some browsers
    // stop telling screen readers it is a table. Other redundant roles are still reported.
    // A table that scrolls sideways sits in a named region the keyboard can reach
    // (src/components/TableRegion.astro). A <section> would be the same landmark, but a section
    // is a part of the page with a heading of its own, which the Nu Html Checker then asks for.
    'prefer-native-element': ['error', { exclude: ['region'] }],
    'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'cell'] }],
  },
});

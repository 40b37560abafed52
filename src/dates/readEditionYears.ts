import { claimedWords } from './claimedWords.ts';
import type { Pass } from './Reading.ts';

// Software sold in editions named by a year: "Office 2016", "Windows Server 2022", "SQL Server
// 2019", "Visual Studio 2022", "Photoshop 2026", "AutoCAD 2025". The name is capitalised and the
// year written right after it. Left out: names as often another thing's ("Project 2025" is a
// political programme, "Word", "Access", "Vision" are words), and two-digit editions ("FIFA 26"),
// which no reader takes for a year.
const EDITION_NAME = [
  String.raw`Office|Windows(?:\s+Server)?|SQL\s+Server|Exchange(?:\s+Server)?|SharePoint(?:\s+Server)?`,
  String.raw`Visual\s+Studio|Excel|PowerPoint|Visio|Skype\s+for\s+Business`,
  String.raw`Photoshop(?:\s+Elements)?|Illustrator|InDesign|Lightroom|Premiere(?:\s+(?:Pro|Elements))?`,
  String.raw`Acrobat|After\s+Effects|AutoCAD|Revit|QuickBooks|TurboTax`,
].join('|');
// A capitalised word right before the name makes it another thing's ("the Home Office 2025
// figures", "the Met Office 2025 report", "the London Stock Exchange 2025 listings", "World Energy
// Outlook 2025"), unless it is a sentence's first small word or the maker ("Microsoft Office 2016").
const OTHER_NAME_BEFORE = String.raw`(?<!\b(?!(?:The|A|An|In|On|For|By|At|As|And|But|With|Its|This|That|Microsoft|Adobe|Autodesk|Intuit)\s)[A-Z][\w&-]*\s+)`;
// "Outlook 2026: Economists see slower growth" opens a forecast: "Outlook" begins no edition's name
// at the start of a text, a line or a sentence.
const OUTLOOK_OPENING = String.raw`(?<!^\s*|[.!?:\n]\s*)Outlook`;
const EDITION_YEAR = new RegExp(
  String.raw`${OTHER_NAME_BEFORE}\b(?:${EDITION_NAME}|${OUTLOOK_OPENING})\s+(?:19|20)\d{2}\b(?![\d,.]\d|[-–/]\d)`,
  'g',
);

/**
 * "Microsoft will end support for Office 2016 on Oct. 14", "Adobe's Photoshop 2026 adds AI
 * tools": the year in an edition's name is no date, in either reading, so its words are claimed
 * and give no mention. Not a year after a name in lower case ("the office 2016 budget").
 */
export const readEditionYears: Pass = (text) =>
  [...text.matchAll(EDITION_YEAR)].map((m) => claimedWords(m.index, m.index + m[0].length));

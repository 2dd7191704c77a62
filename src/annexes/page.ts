/** Text width of an A4 landscape page with the margins of Nghị định 30/2020: 297 − 30 − 15 mm. */
export const LANDSCAPE_TEXT_WIDTH = 252;

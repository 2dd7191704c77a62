/** Twentieths of a point per millimetre: Word measures page geometry in twips. */
export const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded. */
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** Points to Word's half-points (font sizes). */
export const pt = (value: number): number => Math.round(value * 2);

/** Places a message names; the finding's locations list every place, and the message counts the rest. */
export const NAMED_PLACES = 6;

/**
 * "a; b; c" for a handful of places, "a; b; …; f and 245 more places" beyond: at 10,000 documents a
 * typo printed 250 times made a message of 6,000 characters.
 */
export function placesNamed(places: readonly string[], separator = "; ", noun = "place"): string {
  if (places.length <= NAMED_PLACES) return places.join(separator);
  const rest = places.length - NAMED_PLACES;
  return `${places.slice(0, NAMED_PLACES).join(separator)} and ${rest} more ${noun}${rest === 1 ? "" : "s"}`;
}

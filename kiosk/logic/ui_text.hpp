// The kiosk's own words (buttons, headings, hints) in NL, EN and DE. Content texts come from
// the content; these are the fixed words around them.
#pragma once

#include <string>
#include <string_view>

#include "content/snapshot.hpp"
#include "content/text.hpp"
#include "kiosk/logic/state.hpp"

namespace kiosk {

enum class Word {
  title,
  touch_to_start,
  back,
  home,
  places,
  organisations,
  events,
  goals,
  about,
  upcoming,
  past,
  yearly,
  times_per_year,
  country,
  countries,
  places_in_country,
  works_in,
  serves_goals,
  editorial_goals,
  website,
  members,
  figures,
  since,
  until,
  content_as_of,
  privacy,
  map_credit,
  you_are_here,
  no_items,
  related,
  programme,
  network,
  place,
  event,
  goal,
  organisation,
  search_placeholder,
  close,
  no_results,
  search_hint,
  key_space,
  key_clear,
  scan_to_take_home,
  search,
  accessibility,
  large_text,
  high_contrast,
  low_reach,
  still_there,
  yes_continue,
  seconds,
  then_start_over,
  partner_place,
  contributions,
  done,
  legend_partner_country,
  legend_organisation_country,
  legend_place,
  as_of,  // before the content's date, where the clock cannot be trusted
};

std::string_view word(Word w, content::Lang lang);
std::string_view tab_word(Tab tab, content::Lang lang);
std::string_view relation_word(std::string_view relation_type, content::Lang lang);
std::string_view kind_word(content::ItemKind kind, content::Lang lang);
// When an event is, as a visitor reads it: "najaar 2021", "2021, 2-3 keer per jaar".
std::string event_when(const content::Event& event, content::Lang lang);

}  // namespace kiosk

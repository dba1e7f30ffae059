// Image upload to SDL textures, and dropping them when the content no longer shows them.
#include "kiosk/platform/image_textures.hpp"

#include <cstdio>

#include "content/folder.hpp"

namespace kiosk {

ImageTextures::ImageTextures(SDL_Renderer* renderer, Locator locate)
    : renderer_(renderer),
      locate_(std::move(locate)),
      decoder_([](const std::string& file, std::string& why) -> std::optional<std::string> {
        return content::read_file(file, why, content::max_image_bytes);
      }) {}

ImageTextures::~ImageTextures() {
  for (auto& [file, entry] : files_)
    if (entry.image.texture) SDL_DestroyTexture(static_cast<SDL_Texture*>(entry.image.texture));
}

std::optional<ImageSource::Image> ImageTextures::image(const std::string& path) {
  std::string file = locate_(path);
  if (file.empty()) return std::nullopt;
  auto [it, added] = files_.try_emplace(file);
  if (added) {
    it->second.path = path;
    decoder_.request(file);
  }
  return it->second.image.texture ? std::optional(it->second.image) : std::nullopt;
}

bool ImageTextures::pump(std::vector<SDL_Texture*>& made) {
  bool any = false;
  for (auto& done : decoder_.take_finished()) {
    auto it = files_.find(done.path);
    if (it == files_.end() || !wanted(done.path, it->second)) {  // the content changed meanwhile
      if (it != files_.end()) files_.erase(it);
      decoder_.forget(done.path);
      continue;
    }
    Entry& entry = it->second;
    entry.done = true;
    if (!done.image) {
      std::fprintf(stderr, "warning: image %s not shown: %s\n", done.path.c_str(), done.error.c_str());
      continue;  // kept as done: not asked for again
    }
    const auto& d = *done.image;
    SDL_Texture* t = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, d.width_px,
                                       d.height_px);
    if (t && SDL_UpdateTexture(t, nullptr, d.rgba.data(), d.width_px * 4) == 0) {
      SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
      entry.image = {t, d.width_px, d.height_px};
      made.push_back(t);
      any = true;
    } else {
      std::fprintf(stderr, "warning: image %s: cannot make a texture: %s\n", done.path.c_str(), SDL_GetError());
      if (t) SDL_DestroyTexture(t);
    }
  }
  return any;
}

void ImageTextures::content_changed() {
  for (auto it = files_.begin(); it != files_.end();) {
    // Files still being decoded are checked when they arrive (pump).
    if (!it->second.done || wanted(it->first, it->second)) {
      ++it;
      continue;
    }
    if (it->second.image.texture) SDL_DestroyTexture(static_cast<SDL_Texture*>(it->second.image.texture));
    decoder_.forget(it->first);
    it = files_.erase(it);
  }
}

}  // namespace kiosk

// Content images as SDL textures: asks the worker (logic/image_decoder.hpp) to decode them and
// uploads finished ones once per frame. Views see them through ImageSource. When the content
// changes, the textures of pictures it no longer shows are destroyed, so memory stays bounded by
// the pictures of the current content however often it changes.
#pragma once

#include <SDL.h>

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kiosk/logic/image_decoder.hpp"
#include "kiosk/views/view.hpp"

namespace kiosk {

class ImageTextures : public ImageSource {
 public:
  // Where a content image's file is (logic/content_setup.hpp image_file); "" if nowhere.
  // Asked on the main thread, so it may look at the current snapshot.
  using Locator = std::function<std::string(const std::string& path)>;
  ImageTextures(SDL_Renderer* renderer, Locator locate);
  ~ImageTextures() override;

  ImageTextures(const ImageTextures&) = delete;
  ImageTextures& operator=(const ImageTextures&) = delete;

  std::optional<Image> image(const std::string& path) override;
  // Uploads what the worker finished; true when a new image can be shown (a frame is due).
  // Appends each texture it made to `made`: it may have the address of one destroyed earlier,
  // and the frame renderer must then count it as redrawn (draw_renderer.hpp), or it would keep
  // the old picture's pixels where the new one is drawn in the same place.
  bool pump(std::vector<SDL_Texture*>& made);
  // After new content is swapped in (the Locator sees it): destroys the textures of files none of
  // their paths lead to any more. Should later content show them again, they are decoded again.
  void content_changed();
  bool idle() const { return decoder_.idle(); }  // nothing left to decode
  size_t files() const { return files_.size(); }  // decoded, failed or being decoded (tests)

 private:
  struct Entry {
    std::string path;  // the content path that led to the file (the first, if several do)
    Image image;       // no texture: not decoded yet, or it failed (not asked for again)
    bool done = false;
  };
  bool wanted(const std::string& file, const Entry& e) const { return locate_(e.path) == file; }

  SDL_Renderer* renderer_;
  Locator locate_;
  ImageDecoder decoder_;
  std::unordered_map<std::string, Entry> files_;  // by file: a blob's name is its hash, so new
                                                  // content never gets an old picture
};

}  // namespace kiosk

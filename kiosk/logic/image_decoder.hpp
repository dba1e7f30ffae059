// Decodes content images (logos, photos) on a worker thread, so a large JPEG never stalls a
// frame. The main thread asks for a path, carries on, and collects finished images once per
// frame; each image is read and decoded once, with the limits of content/image.hpp.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "content/image.hpp"

namespace kiosk {

class ImageDecoder {
 public:
  // read(path) returns the file's bytes, or nothing with `why` set.
  using Reader = std::function<std::optional<std::string>(const std::string& path, std::string& why)>;
  explicit ImageDecoder(Reader read);
  ~ImageDecoder();
  ImageDecoder(const ImageDecoder&) = delete;
  ImageDecoder& operator=(const ImageDecoder&) = delete;

  // Queues a path unless it was asked for before. Main thread.
  void request(const std::string& path);
  // Lets a path finished and taken (take_finished) be asked for again: its image was dropped,
  // and content may need it again later. Main thread.
  void forget(const std::string& path);

  struct Done {
    std::string path;
    std::optional<content::DecodedImage> image;  // nothing: `error` says why
    std::string error;
  };
  // Images finished since the last call. Main thread.
  std::vector<Done> take_finished();
  bool idle() const;  // nothing queued or being decoded

 private:
  void run();

  Reader read_;
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<std::string> queue_;
  std::vector<Done> finished_;
  std::unordered_map<std::string, bool> asked_;
  int working_ = 0;
  bool stopping_ = false;
  std::thread worker_;  // last: starts after everything above exists
};

}  // namespace kiosk

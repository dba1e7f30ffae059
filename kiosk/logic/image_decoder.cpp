// The decoding worker.
#include "kiosk/logic/image_decoder.hpp"

namespace kiosk {

ImageDecoder::ImageDecoder(Reader read) : read_(std::move(read)), worker_([this] { run(); }) {}

ImageDecoder::~ImageDecoder() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  worker_.join();
}

void ImageDecoder::request(const std::string& path) {
  {
    std::lock_guard lock(mutex_);
    if (!asked_.emplace(path, true).second) return;
    queue_.push_back(path);
  }
  wake_.notify_one();
}

void ImageDecoder::forget(const std::string& path) {
  std::lock_guard lock(mutex_);
  asked_.erase(path);
}

std::vector<ImageDecoder::Done> ImageDecoder::take_finished() {
  std::lock_guard lock(mutex_);
  return std::exchange(finished_, {});
}

bool ImageDecoder::idle() const {
  std::lock_guard lock(mutex_);
  return queue_.empty() && working_ == 0;
}

void ImageDecoder::run() {
  for (;;) {
    std::string path;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      path = std::move(queue_.front());
      queue_.pop_front();
      ++working_;
    }
    Done done{path, std::nullopt, {}};
    std::string why;
    if (auto bytes = read_(path, why)) {
      auto decoded = content::decode_image({reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size()});
      if (decoded) done.image = std::move(*decoded);
      else done.error = decoded.error().message;
    } else {
      done.error = "cannot read: " + why;
    }
    std::lock_guard lock(mutex_);
    finished_.push_back(std::move(done));
    --working_;
  }
}

}  // namespace kiosk

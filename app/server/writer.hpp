// The Store's own thread, with group commit: writes submitted while a transaction commits
// wait and go into the next one together, so a burst of ballots costs a few fsyncs, not one
// each. Each write's completion runs through `post` (onto the network thread) only after its
// COMMIT returned: acknowledged means committed. A failed commit reports false to every
// write of that batch. The destructor commits what is queued, then joins the thread.
#pragma once
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "server/store.hpp"

namespace nwk::server {

class Writer {
 public:
  using Done = std::function<void(bool committed)>;
  using Post = std::function<void(std::function<void()>)>;

  Writer(Store& store, Post post);
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  void submit(WriteOp op, Done done);

 private:
  void run();
  void commit(std::vector<WriteOp>& ops, std::vector<Done>& dones);

  Store& store_;
  Post post_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::vector<WriteOp> ops_;
  std::vector<Done> dones_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace nwk::server

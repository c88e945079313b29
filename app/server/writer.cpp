#include "server/writer.hpp"

#include <cstdio>

namespace nwk::server {

Writer::Writer(Store& store, Post post) : store_(store), post_(std::move(post)), thread_([this] { run(); }) {}

Writer::~Writer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void Writer::submit(WriteOp op, Done done) {
  {
    std::lock_guard lock(mutex_);
    ops_.push_back(std::move(op));
    dones_.push_back(std::move(done));
  }
  wake_.notify_one();
}

void Writer::run() {
  std::vector<WriteOp> ops;
  std::vector<Done> dones;
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stopping_ || !ops_.empty(); });
      if (ops_.empty()) return;  // stopping, nothing left
      ops.swap(ops_);
      dones.swap(dones_);
    }
    commit(ops, dones);
    ops.clear();
    dones.clear();
  }
}

void Writer::commit(std::vector<WriteOp>& ops, std::vector<Done>& dones) {
  std::string problem;
  const bool ok = store_.write(ops, &problem);
  if (!ok) std::fprintf(stderr, "netzwerkkarte-server: %s\n", problem.c_str());
  post_([dones = std::move(dones), ok]() {
    for (const Done& done : dones) done(ok);
  });
}

}  // namespace nwk::server

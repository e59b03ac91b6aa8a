import Foundation

extension Array where Element: Sendable {
    /// The results of `transform` on every element, computed on all cores and kept in the array's order.
    ///
    /// Each result is written to its own slot, so the order and the bytes never depend on scheduling.
    /// Items are handed out `batch` at a time, in order; by default a sixteenth of each core's share.
    public func parallelMap<Result: Sendable>(batch: Int? = nil, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        // The results are copied out below, so the slots' own references must be released too.
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let results = SlotWriter(slots: slots)
        // Small batches keep both cores busy when items differ in size.
        let batch = Swift.max(1, batch ?? count / (ProcessInfo.processInfo.activeProcessorCount * 16))
        let batches = (count + batch - 1) / batch
        self.withUnsafeBufferPointer { items in
            let items = ItemReader(items: items)
            DispatchQueue.concurrentPerform(iterations: batches) { number in
                for index in (number * batch)..<Swift.min(count, (number + 1) * batch) {
                    results.slots[index] = transform(items.items[index])
                }
            }
        }
        return slots.map { $0! }
    }
}

// Every index is written by exactly one batch and read only after all have finished.
private struct SlotWriter<Value>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Value?>
}

private struct ItemReader<Value>: @unchecked Sendable {
    let items: UnsafeBufferPointer<Value>
}

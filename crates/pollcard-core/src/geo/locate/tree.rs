//! A packed, static R-tree over bounding boxes: which boxes hold a point.
//!
//! Written here rather than taken from `rstar` because the districts never change
//! once a boundaries file is read, so the tree is built once, in bulk, and never
//! updated: boxes sorted along a Hilbert curve and grouped sixteen to a node, level
//! by level, in one flat array with no pointers. That is about a hundred lines, small
//! in the app's wasm, and as fast for this one query (see `docs/performance.md`,
//! "Locating a point among districts").

/// Entries per node. Sixteen keeps the tree shallow (four levels for 40,000 boxes)
/// while a node's boxes still fit in a few cache lines.
const NODE_SIZE: usize = 16;

/// `[min_x, min_y, max_x, max_y]`.
pub(crate) type BBox = [f64; 4];

/// The tree: every level's boxes in one array, leaves first, the root last.
#[derive(Clone, Debug, Default)]
pub(crate) struct PackedTree {
    boxes: Vec<BBox>,
    /// For each leaf (in `boxes[..items.len()]`), the caller's number for it.
    items: Vec<u32>,
    /// Where each level starts in `boxes`, leaves (level 0) first, then the end.
    levels: Vec<usize>,
}

impl PackedTree {
    /// Builds the tree over `(box, number)` entries.
    pub(crate) fn new(entries: Vec<(BBox, u32)>) -> PackedTree {
        if entries.is_empty() {
            return PackedTree { boxes: Vec::new(), items: Vec::new(), levels: vec![0, 0] };
        }
        let extent = entries.iter().fold(entries[0].0, |all, (b, _)| union(all, *b));
        // Sort by the Hilbert number of each box's centre on a 65,536-square grid over
        // the whole extent, so that neighbours on the curve, and so in a node, are
        // neighbours on the ground. The entry's position breaks ties, so the tree is
        // the same every time; one sort of plain numbers keeps the wasm small.
        let scale = |value: f64, min: f64, max: f64| {
            if max > min {
                (((value - min) / (max - min)) * 65_535.0) as u32
            } else {
                0
            }
        };
        let mut keys: Vec<u64> = (0u64..)
            .zip(&entries)
            .map(|(n, (b, _))| {
                let x = scale((b[0] + b[2]) / 2.0, extent[0], extent[2]);
                let y = scale((b[1] + b[3]) / 2.0, extent[1], extent[3]);
                hilbert_index(x, y) << 32 | n
            })
            .collect();
        keys.sort_unstable();
        let sorted = keys.iter().map(|key| entries[(key & 0xFFFF_FFFF) as usize]);
        let (mut boxes, items): (Vec<BBox>, Vec<u32>) = sorted.unzip();
        let mut levels = vec![0];
        let mut start = 0;
        while boxes.len() - start > 1 {
            let end = boxes.len();
            for first in (start..end).step_by(NODE_SIZE) {
                let node = boxes[first..(first + NODE_SIZE).min(end)].iter().copied().reduce(union);
                boxes.extend(node);
            }
            levels.push(end);
            start = end;
        }
        levels.push(boxes.len());
        boxes.shrink_to_fit();
        PackedTree { boxes, items, levels }
    }

    /// Adds to `found` the number of every box that holds `(x, y)`, edges included.
    pub(crate) fn containing(&self, x: f64, y: f64, found: &mut Vec<u32>) {
        // An index made by `Default` has no levels at all.
        let Some(top) = self.levels.len().checked_sub(2) else { return };
        let holds = |level: usize, node: usize| {
            let b = self.boxes[self.levels[level] + node];
            b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3]
        };
        let mut stack: Vec<(usize, usize)> =
            (0..self.level_len(top)).filter(|&node| holds(top, node)).map(|node| (top, node)).collect();
        while let Some((level, node)) = stack.pop() {
            if level == 0 {
                found.push(self.items[node]);
            } else {
                let children = node * NODE_SIZE..((node + 1) * NODE_SIZE).min(self.level_len(level - 1));
                stack.extend(children.filter(|&child| holds(level - 1, child)).map(|child| (level - 1, child)));
            }
        }
    }

    fn level_len(&self, level: usize) -> usize {
        self.levels[level + 1] - self.levels[level]
    }

    /// Bytes the tree holds on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.boxes.capacity() * size_of::<BBox>()
            + self.items.capacity() * size_of::<u32>()
            + self.levels.capacity() * size_of::<usize>()
    }
}

/// The smallest box holding both.
pub(crate) fn union(a: BBox, b: BBox) -> BBox {
    [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]
}

/// The position of `(x, y)` along a Hilbert curve filling the 65,536-square grid: the
/// curve visits every cell once and never jumps, so cells close on it are close on
/// the ground.
fn hilbert_index(mut x: u32, mut y: u32) -> u64 {
    const N: u32 = 1 << 16;
    let mut index = 0u64;
    let mut s = N / 2;
    while s > 0 {
        let rx = u32::from(x & s != 0);
        let ry = u32::from(y & s != 0);
        index += u64::from(s) * u64::from(s) * u64::from((3 * rx) ^ ry);
        // Turn the quadrant so the curve inside it starts where the last one ended.
        if ry == 0 {
            if rx == 1 {
                x = N - 1 - x;
                y = N - 1 - y;
            }
            std::mem::swap(&mut x, &mut y);
        }
        s /= 2;
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hilbert_curve_visits_every_cell_once_in_unit_steps() {
        // On the full grid, the first 4 × 4 block of cells: consecutive numbers are
        // neighbouring cells.
        let mut cells: Vec<(u64, u32, u32)> =
            (0..4).flat_map(|x| (0..4).map(move |y| (hilbert_index(x, y), x, y))).collect();
        cells.sort_unstable();
        assert_eq!(cells.iter().map(|cell| cell.0).collect::<Vec<_>>(), (0..16).collect::<Vec<_>>());
        for pair in cells.windows(2) {
            let step = pair[0].1.abs_diff(pair[1].1) + pair[0].2.abs_diff(pair[1].2);
            assert_eq!(step, 1, "{pair:?}");
        }
    }

    #[test]
    fn finds_exactly_the_boxes_that_hold_the_point() {
        // 2,000 boxes of assorted sizes, some overlapping, against a brute-force scan.
        let mut seed = 7u64;
        let mut next = move || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 11) as f64 / (1u64 << 53) as f64
        };
        let boxes: Vec<BBox> = (0..2_000)
            .map(|_| {
                let (x, y, w, h) = (next() * 100.0, next() * 100.0, next() * 3.0, next() * 3.0);
                [x, y, x + w, y + h]
            })
            .collect();
        let tree = PackedTree::new(boxes.iter().copied().zip(0..).collect());
        assert!(tree.levels.len() >= 4, "{:?}", tree.levels);
        for _ in 0..2_000 {
            let (x, y) = (next() * 104.0 - 2.0, next() * 104.0 - 2.0);
            let mut found = Vec::new();
            tree.containing(x, y, &mut found);
            found.sort_unstable();
            let expected: Vec<u32> = (0..)
                .zip(&boxes)
                .filter(|(_, b)| b[0] <= x && x <= b[2] && b[1] <= y && y <= b[3])
                .map(|(n, _)| n)
                .collect();
            assert_eq!(found, expected, "at {x}, {y}");
        }
        // Edges count.
        let mut found = Vec::new();
        tree.containing(boxes[5][2], boxes[5][3], &mut found);
        assert!(found.contains(&5));
    }

    #[test]
    fn empty_and_single() {
        let mut found = Vec::new();
        PackedTree::new(Vec::new()).containing(0.0, 0.0, &mut found);
        assert!(found.is_empty());
        let one = PackedTree::new(vec![([0.0, 0.0, 1.0, 1.0], 9)]);
        one.containing(0.5, 0.5, &mut found);
        one.containing(2.0, 0.5, &mut found);
        assert_eq!(found, [9]);
    }
}

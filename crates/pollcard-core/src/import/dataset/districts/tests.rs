use super::*;

fn square(x: f64, y: f64, size: f64) -> Vec<[f64; 2]> {
    vec![[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
}

#[test]
fn points_inside_on_the_edge_and_in_holes() {
    let area =
        to_geo(&Boundary(vec![vec![square(0.0, 0.0, 10.0), square(4.0, 4.0, 2.0)], vec![square(20.0, 0.0, 1.0)]]));
    let at = |lat, lon| Location { lat, lon };
    assert!(contains(&area, at(1.0, 1.0)));
    assert!(contains(&area, at(0.0, 5.0)), "on the edge counts as inside");
    assert!(!contains(&area, at(5.0, 5.0)), "inside the hole");
    assert!(contains(&area, at(0.5, 20.5)), "in the second polygon");
    assert!(!contains(&area, at(5.0, 15.0)));
}

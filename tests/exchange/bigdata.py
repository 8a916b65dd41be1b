"""A large workshop built through the services (benchmarks, the kill -9 test)."""

from __future__ import annotations

from labinov.services import Services


def big_workshop(services: Services, projects: int = 50, items: int = 400) -> str:
    """A workshop of ``projects`` projects over 10 teams, each with one canvas of ``items``
    notes and ``items // 4`` connectors; returns the workshop id."""
    workshop = services.workshops.create("Lokakarya besar", place="Makassar")
    teams = [services.teams.create(workshop.id, f"OPD {n}").id for n in range(10)]
    for n in range(projects):
        project = services.projects.create(teams[n % 10], f"Inovasi {n}")
        canvas = services.canvases.create(project.id, "diagnose", "blank", "Dinding")
        notes = [
            {
                "kind": "note",
                "x": i * 3.5,
                "y": i * 1.25,
                "text": f"Catatan {n}-{i} tentang layanan",
            }
            for i in range(items)
        ]
        ids = services.canvases.add_items(canvas.id, notes)
        links = [{"source_id": ids[i], "target_id": ids[i + 1]} for i in range(0, items - 1, 4)]
        services.canvases.add_items(canvas.id, [], links)
    return workshop.id

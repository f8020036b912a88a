package dev.finsam.core.protocol;

import java.util.Optional;

/**
 * Prints a protocol in its canonical text, the published layout with one labelled row a line and
 * tabs between cells, which {@link ProtocolParser} reads back to the same protocol.
 */
final class ProtocolPrinter {

  private ProtocolPrinter() {}

  static String print(Protocol p) {
    StringBuilder sb = new StringBuilder(256 + 64 * p.minutes().size());
    sb.append(ProtocolLabel.PROTOKOLL.text()).append('\n');
    field(sb, ProtocolLabel.FORBUND, p.association());
    field(sb, ProtocolLabel.SAMMANTRADESDATUM, Optional.of(p.meetingDate().toString()));
    field(sb, ProtocolLabel.PLATS, p.place());
    for (Attendee a : p.attendees()) {
      sb.append(label(a.role())).append('\t').append(a.name());
      if (!a.represents().isEmpty() || a.role() == Attendee.Role.SERVING_SUBSTITUTE) {
        sb.append('\t').append(a.represents());
      }
      if (a.role() == Attendee.Role.SERVING_SUBSTITUTE) {
        sb.append('\t').append("tjänstgörande ersättare")
            .append(a.servesFor().map(s -> " för " + s).orElse(""));
      }
      a.paragraphs().ifPresent(set -> sb.append('\t').append(set));
      sb.append('\n');
    }
    for (AttendeeGroup g : p.attendeeGroups()) {
      sb.append(label(g.role())).append('\t').append(g.names());
      if (!g.represents().isEmpty()) {
        sb.append('\t').append(g.represents());
      }
      g.paragraphs().ifPresent(set -> sb.append('\t').append(set));
      sb.append('\n');
    }
    field(sb, ProtocolLabel.SEKRETERARE, p.secretary());
    field(sb, ProtocolLabel.ORDFORANDE, p.chair());
    for (String a : p.adjusters()) {
      field(sb, ProtocolLabel.JUSTERARE, Optional.of(a));
    }
    sb.append('\n').append(ProtocolLabel.BEVIS.text()).append('\n');
    p.noticeAt().ifPresent(n -> sb.append(ProtocolLabel.NOTICE.text()).append(' ')
        .append(Sentence.NOTICE_PREFIX).append(n).append(".\n"));
    field(sb, ProtocolLabel.JUSTERINGSDATUM, p.adjustedOn().map(Object::toString));
    field(sb, ProtocolLabel.UPPSATTANDE, p.postedOn().map(Object::toString));
    field(sb, ProtocolLabel.NEDTAGANDE, p.takenDownOn().map(Object::toString));
    field(sb, ProtocolLabel.PARAGRAFER, Optional.of(p.paragraphs().toString()));
    p.keptAt().ifPresent(k -> sb.append(ProtocolLabel.KEPT.text()).append(' ')
        .append(Sentence.KEPT_PREFIX).append(k).append(".\n"));
    field(sb, ProtocolLabel.UNDERSKRIFT, p.signedBy());
    for (Paragraph m : p.minutes()) {
      sb.append('\n').append("§ ").append(m.number());
      if (!m.title().isEmpty()) {
        sb.append(' ').append(m.title());
      }
      sb.append('\n');
      if (!m.text().isEmpty()) {
        sb.append(m.text()).append('\n');
      }
    }
    return sb.toString();
  }

  private static String label(Attendee.Role role) {
    switch (role) {
      case MEMBER:
      case SERVING_SUBSTITUTE:
        return ProtocolLabel.BESLUTANDE.text();
      case SUBSTITUTE:
        return ProtocolLabel.ERSATTARE.text();
      default:
        return ProtocolLabel.OVRIGA.text();
    }
  }

  private static void field(StringBuilder sb, ProtocolLabel label, Optional<String> value) {
    value.ifPresent(v -> sb.append(label.text()).append('\t').append(v).append('\n'));
  }
}

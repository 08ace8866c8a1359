package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.User;
import java.util.List;
import org.springframework.data.domain.Page;

/** One page of {@code GET /api/users}. */
public record UserPageResponse(List<UserResponse> content, int page, int size, long totalElements, int totalPages) {

  static UserPageResponse of(Page<User> page) {
    return new UserPageResponse(page.map(UserResponse::of).getContent(), page.getNumber(), page.getSize(),
        page.getTotalElements(), page.getTotalPages());
  }
}

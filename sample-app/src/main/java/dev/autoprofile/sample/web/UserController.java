package dev.autoprofile.sample.web;

import dev.autoprofile.sample.users.User;
import dev.autoprofile.sample.users.UserService;
import dev.autoprofile.sample.users.UserService.UserChanges;
import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The users API. Entities stay behind it: requests and responses are records. */
@RestController
@RequestMapping("/api/users")
public class UserController {
  private final UserService users;

  public UserController(UserService users) {
    this.users = users;
  }

  @PostMapping
  public ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request, UriComponentsBuilder uri) {
    User user = users.create(request.username(), request.email());
    return ResponseEntity.created(uri.path("/api/users/{id}").build(user.getId())).body(UserResponse.of(user));
  }

  @GetMapping("/{id}")
  public UserResponse get(@PathVariable long id) {
    return UserResponse.of(users.find(id));
  }

  @PutMapping("/{id}")
  public UserResponse update(@PathVariable long id, @Valid @RequestBody UpdateUserRequest request) {
    var changes = new UserChanges(request.username(), request.email(),
        request.profile().displayName(), request.profile().bio());
    return UserResponse.of(users.update(id, changes));
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable long id) {
    users.delete(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping
  public UserPageResponse list(@PageableDefault(size = 20, sort = "id", direction = Sort.Direction.ASC) Pageable pageable) {
    return UserPageResponse.of(users.page(pageable));
  }
}
